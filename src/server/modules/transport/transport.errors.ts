import { defineError } from '../../core/errors';

export const TransportErrors = {
  nodeNotFound: defineError<{ id: string }>('transport.node_not_found', 404, 'No such node'),
  linkNotFound: defineError<{ id: string }>('transport.link_not_found', 404, 'No such link'),
  corridorNotFound: defineError<{ id: string }>('transport.corridor_not_found', 404, 'No such corridor'),
  nodeExists: defineError<{ id: string }>('transport.node_exists', 409, 'A node with this id exists'),
  linkExists: defineError<{ id: string }>('transport.link_exists', 409, 'A link with this id exists'),
  unknownCountry: defineError<{ country: string }>('transport.unknown_country', 400, 'No such country'),
  /** A query or body names a node the network does not hold; `parameter` says which. */
  unknownNode: defineError<{ parameter: string; node: string }>(
    'transport.unknown_node',
    400,
    'No such node in the network',
  ),
  sameEndpoints: defineError<{ parameter: string }>(
    'transport.same_endpoints',
    400,
    'The origin and the destination are the same node',
  ),
  badAvoid: defineError<{ parameter: string; value: string }>(
    'transport.bad_avoid',
    400,
    'Neither a country code, a mode nor a node id',
  ),
  avoidedEndpoint: defineError<{ parameter: string; node: string; endpoint: string }>(
    'transport.avoided_endpoint',
    400,
    'The origin or the destination is avoided',
  ),
  avoidConflict: defineError<{ parameter: string; country: string }>(
    'transport.avoid_conflict',
    400,
    'A country is both avoided and to be passed through',
  ),
  badThrough: defineError<{ parameter: string; value: string }>(
    'transport.bad_through',
    400,
    'Up to four country codes the route must pass through',
  ),
};

export const PartnershipErrors = {
  partnerNotFound: defineError<{ id: string }>('transport.partner_not_found', 404, 'No such partner'),
  alreadyApplied: defineError<{ node: string }>(
    'transport.already_applied',
    409,
    'The node has applied or is a member already',
  ),
  notMember: defineError<{ status: string }>(
    'transport.not_partner_member',
    409,
    'Indicators are reported by members of the partnership network',
  ),
  indicatorExists: defineError<{ year: number }>(
    'transport.indicator_exists',
    409,
    'The indicators of this year are recorded already',
  ),
};

export const LinkErrors = {
  /** The planner's `withProject` names no project the caller may see (the same answer for both). */
  unknownProject: defineError<{ parameter: string; project: string }>(
    'transport.unknown_project',
    400,
    'No such project',
  ),
  badProjectLink: defineError<{ parameter: string }>(
    'transport.bad_project_link',
    400,
    'A time is given only for a link the project improves',
  ),
  projectLinkExists: defineError<{ target: string }>(
    'transport.project_link_exists',
    409,
    'The project names this node or link already',
  ),
  projectLinkNotFound: defineError<{ id: string }>(
    'transport.project_link_not_found',
    404,
    "No such link of a project's",
  ),
  corridorItemExists: defineError<{ item: string }>(
    'transport.corridor_item_exists',
    409,
    'The corridor lists this meeting or document already',
  ),
  corridorItemNotFound: defineError<{ id: string }>(
    'transport.corridor_item_not_found',
    404,
    'No such meeting or document on the corridor',
  ),
};
