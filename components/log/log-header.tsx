import type { ChainVerification } from '@/lib/records/verify-chain';
import { IntegrityStatus } from './integrity-status';

interface Props {
  recordCount: number | undefined;
  shownCount: number;
  verification: ChainVerification | undefined;
}

export function LogHeader({ recordCount, shownCount, verification }: Props) {
  return (
    <header className="log-header">
      <div>
        <h1>Retention log</h1>
        {recordCount !== undefined && (
          <p className="log-count">
            {recordCount} hidden {recordCount === 1 ? 'comment' : 'comments'} logged
            {shownCount !== recordCount && ` · ${shownCount} shown`}
          </p>
        )}
      </div>
      <IntegrityStatus verification={verification} />
    </header>
  );
}
