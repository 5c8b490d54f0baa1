import { create } from 'zustand';
import { NO_FILTERS, type RetentionLogFilters } from '@/lib/records/query-records';

interface LogFiltersState {
  filters: RetentionLogFilters;
  setFilter<K extends keyof RetentionLogFilters>(key: K, value: RetentionLogFilters[K]): void;
  clearFilters(): void;
}

/** What the records officer is narrowing the log to. UI state only: never saved. */
export const useLogFilters = create<LogFiltersState>()((set) => ({
  filters: NO_FILTERS,
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
}));
