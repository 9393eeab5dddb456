/** Diagnostics and the monitoring deliveries' state, names only (for the preload). */
export const MONITORING_CHANNEL_NAMES = ['diagnostics:export', 'monitoring:status'] as const;
