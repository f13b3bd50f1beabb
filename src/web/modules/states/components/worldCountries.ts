import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

/** One country of the atlas; `id` is its ISO 3166-1 numeric code as a string ('398'). */
export type WorldCountry = Feature<Geometry, { name: string }>;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The JSON's inferred type is a literal of every coordinate; the atlas is a TopoJSON topology. */
const topology = atlas as unknown as Countries;

/** Every country of Natural Earth's 1:110m atlas (world-atlas), as GeoJSON for d3-geo. */
export const WORLD_COUNTRIES: WorldCountry[] = feature(topology, topology.objects.countries).features;
