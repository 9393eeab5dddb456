export * from './channels.js';
export * from './events.js';
export * from './api.js';
export * from './errors.js';
export * from './names.js';
