// Every unit test gets a fresh in-memory IndexedDB, as the extension's origin would have.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without Vitest globals, Testing Library cannot unmount on its own between tests.
afterEach(cleanup);
