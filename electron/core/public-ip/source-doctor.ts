import type { EngineSettings } from '../../../shared/engine/engine-settings.js';
import type { SourceCheck } from '../../../shared/engine/core-status.js';
import { detectAddress } from './detect-address.js';
import { buildSources, type SourceTransports } from './build-sources.js';
import { toAnswerStatus } from '../engine/engine-status.js';
import type { Host } from '../../../shared/records/desired-records.js';
import { describeRoutes } from './describe-routes.js';
import type { LocalAddress } from './interface-source.js';
import type { RouteReader } from './routes/route-picture.js';

/** What the doctor needs to show the route picture (injected, so tests pass recorded routes). */
export interface DoctorRoutes {
  routes: RouteReader;
  hosts: readonly Host[];
}

/**
 * The Settings "doctor": every enabled source of every family asked side by side, each with its
 * answer, latency and whether it agrees with the address the others settled on.
 */
export async function runSourceDoctor(
  settings: EngineSettings,
  transports: SourceTransports,
  routing?: DoctorRoutes,
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
  if (!routing) return { families };
  const [picture, addresses] = await Promise.all([
    routing.routes.read(),
    transports.interfaces.list().catch((): LocalAddress[] => []),
  ]);
  return {
    families,
    routes: describeRoutes(settings, routing.hosts, picture, addresses, transports),
  };
}
