/** Registers every clearline element. Import this (or load dist/clearline.js) to use them all. */
export { ClearlineStatus } from './components/status/status.js';
export { ClearlineFaq, type ClearlineNoAnswerDetail, type ClearlineSearchDetail } from './components/faq/faq.js';
export { ClearlineBanner, type ClearlineDismissDetail } from './components/banner/banner.js';
export { ClearlineBadge } from './components/badge/badge.js';
export type { ClearlineErrorDetail, ClearlineLoadDetail } from './components/shared/events.js';
export { ERROR_CODES, type ErrorCode } from './feed/errors.js';
