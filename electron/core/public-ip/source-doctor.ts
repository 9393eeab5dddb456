import type { EngineSettings } from '../../../shared/engine/engine-settings.js';
import type { SourceCheck } from '../../../shared/engine/core-status.js';
import { detectAddress } from './detect-address.js';
import { buildSources, type SourceTransports } from './build-sources.js';
import { toAnswerStatus } from '../engine/engine-status.js';

/**
 * The Settings "doctor": every enabled source of every family asked side by side, each with its
 * answer, latency and whether it agrees with the address the others settled on.
 */
export async function runSourceDoctor(
  settings: EngineSettings,
  transports: SourceTransports,
): Promise<SourceCheck> {
  const families = await Promise.all(
    settings.families.map(async (family) => {
      const sources = buildSources(settings, family, transports);
      const detection = await detectAddress(family, sources, {
        agreement: settings.agreement,
        waitForAll: true,
      });
      const address = detection.state === 'known' ? detection.address : null;
      const detail =
        detection.state === 'known'
          ? `${detection.agreedBy.length} of ${sources.length} sources agree`
          : detection.state === 'absent'
            ? detection.detail
            : detection.reason;
      return {
        family,
        state: detection.state,
        address,
        detail,
        answers: detection.answers.map((answer) => ({
          ...toAnswerStatus(answer),
          agrees: address !== null && answer.outcome === 'address' && answer.address === address,
        })),
      };
    }),
  );
  return { families };
}
