// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseGradingModel, serializeGradingModel, type ModelHeader } from '../../../lib/grading';
import { HEAD_NAMES } from '../../../lib/grading/grading-model';
import { loadGradingModelFromFile } from '../../../scripts/grading/load-model';

// The weights file format the background worker parses from fetched bytes.
const header: ModelHeader = {
  format: 'civic-moderator-grading',
  version: 1,
  bucketBits: 10,
  heads: HEAD_NAMES.map((name) => ({ name, bias: 0.5, scale: 0.01 })),
  calibration: { offensive: 0, complaint: 0, sentiment: [0, 0, 0] },
  trainedOn: ['a test'],
  seed: 1,
};

describe('grading model file', () => {
  it('reads back what it writes', () => {
    const weights = new Int8Array((1 << 10) * HEAD_NAMES.length).map((_, i) => (i % 255) - 127);
    const model = parseGradingModel(serializeGradingModel(header, weights));
    expect(model.header).toEqual(header);
    expect(Array.from(model.weights)).toEqual(Array.from(weights));
  });

  it('refuses bytes that are not a model, or a cut-off download', () => {
    expect(() => parseGradingModel(new TextEncoder().encode('<html>not found</html>'))).toThrow(
      /Not a grading model/,
    );
    const bytes = serializeGradingModel(header, new Int8Array((1 << 10) * HEAD_NAMES.length));
    expect(() => parseGradingModel(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
  });

  it('ships weights within the 5 MB budget, trained on the recorded data sets', () => {
    const model = loadGradingModelFromFile();
    expect(model.weights.length).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(model.header.trainedOn.length).toBeGreaterThan(0);
  });
});
