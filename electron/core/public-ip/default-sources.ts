export { DEFAULT_ECHO_SOURCES } from '../../../shared/engine/default-echo-sources.js';
