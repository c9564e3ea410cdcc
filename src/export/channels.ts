/** Channel order and who a line is for, for exports: the same rules and words as the status element, from pure modules. */
export { groupChannels, isRestricted, LONG_WAIT_MINUTES, type ChannelGroups } from '../feed/channels.js';
export { channelPurpose } from './purpose.js';
