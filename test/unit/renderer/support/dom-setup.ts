// Testing Library unmounts after each test only when the runner has global hooks; Vitest runs
// without globals here, so each component test starts from an empty document this way.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
