import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RetentionLogPage } from '@/components/log/retention-log-page';
import { openRetentionDatabase } from '@/lib/records/retention-database';
import '@/components/log/retention-log.css';

// The page only reads the log; the background is its one writer.
const db = openRetentionDatabase();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RetentionLogPage db={db} />
  </StrictMode>,
);
