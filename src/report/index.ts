/** Private reporting: scrubbing, the NDJSON line format, the beacon batcher and the report aggregator. Pure. */
export { scrubQuery, MAX_QUERY_LENGTH, PLACEHOLDERS } from './scrub.js';
export { minuteStamp, parseReportLine, reportEvent, REPORT_TYPES, REPORT_VERSION, type EventInput, type ReportEvent, type ReportPhase, type ReportType } from './event.js';
export { BeaconBatcher, type BeaconOptions } from './beacon.js';
export { ReportAggregator, REPORT_BY, distance, type ReportBy, type ReportOptions, type ReportResult } from './aggregate.js';
