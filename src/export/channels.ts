/** Channel order for exports: the same rule as the status element, from one pure module. */
export { groupChannels, LONG_WAIT_MINUTES, type ChannelGroups } from '../feed/channels.js';
