import { useId } from 'react';
import { GRADE_LABELS, TERMS_CLAUSES, type Level, type TermsClause } from '@/lib/grading/grade';
import type { Platform } from '@/lib/platforms/captured-comment';
import { PLATFORM_NAMES } from './display-format';
import { useLogFilters } from './log-filters-store';

const LEVELS = Object.entries(GRADE_LABELS) as Array<[`${Level}`, string]>;
const CLAUSES = Object.entries(TERMS_CLAUSES) as Array<[TermsClause, string]>;
const PLATFORMS = Object.entries(PLATFORM_NAMES) as Array<[Platform, string]>;

/** Narrows the table (and the CSV export) to what a records request asks for. */
export function LogFilters() {
  const { filters, setFilter, clearFilters } = useLogFilters();
  const id = useId();

  return (
    <form
      className="log-filters"
      role="search"
      aria-label="Filter the retention log"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from}
          onChange={(e) => setFilter('from', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          onChange={(e) => setFilter('to', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-platform`}>Platform</label>
        <select
          id={`${id}-platform`}
          value={filters.platform ?? ''}
          onChange={(e) => setFilter('platform', (e.target.value || null) as Platform | null)}
        >
          <option value="">All platforms</option>
          {PLATFORMS.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>Level</label>
        <select
          id={`${id}-level`}
          value={filters.level ?? ''}
          onChange={(e) => setFilter('level', e.target.value ? (Number(e.target.value) as Level) : null)}
        >
          <option value="">All levels</option>
          {LEVELS.map(([level, label]) => (
            <option key={level} value={level}>
              {level} · {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-clause`}>Terms clause</label>
        <select
          id={`${id}-clause`}
          value={filters.clause ?? ''}
          onChange={(e) => setFilter('clause', (e.target.value || null) as TermsClause | null)}
        >
          <option value="">All clauses</option>
          {CLAUSES.map(([clause, text]) => (
            <option key={clause} value={clause} title={text}>
              {clause}) {text.length > 40 ? `${text.slice(0, 40)}…` : text}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-poster`}>Poster</label>
        <input
          id={`${id}-poster`}
          type="search"
          placeholder="Name, handle or user ID"
          value={filters.poster}
          onChange={(e) => setFilter('poster', e.target.value)}
        />
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-text`}>Search text</label>
        <input
          id={`${id}-text`}
          type="search"
          placeholder="Comment text, note, URL or ID"
          value={filters.text}
          onChange={(e) => setFilter('text', e.target.value)}
        />
      </div>
      <button type="button" className="button-quiet" onClick={clearFilters}>
        Clear filters
      </button>
    </form>
  );
}
