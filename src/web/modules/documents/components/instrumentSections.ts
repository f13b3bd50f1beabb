/** The slot of an instrument's page where other modules add sections (plans list the instrument's plans). */
export const INSTRUMENT_SECTIONS = 'documents.instrument.sections';

export interface InstrumentSectionProps {
  instrumentId: string;
}
