import { describe, expect, it } from 'vitest';
import { readableDatePattern } from '../../src/features/mapping/dataset-facts';

describe('date format shown on the mapping screen', () => {
  it('reads as people write dates', () => {
    expect(readableDatePattern('%d.%m.%Y')).toBe('dd.mm.yyyy');
    expect(readableDatePattern('%m/%d/%Y %H:%M')).toBe('mm/dd/yyyy hh:mi');
    expect(readableDatePattern('%Y-%m-%d %H:%M:%S')).toBe('yyyy-mm-dd hh:mi:ss');
  });
});
