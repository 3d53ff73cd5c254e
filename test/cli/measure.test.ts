// `afterword measure`: a score, its band, the change and the PHQ-9 item 9 warning, through the
// real command; bad input exits 2 with a message that says what to fix.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('afterword measure', () => {
  it('scores PHQ-9 items, gives the band, and warns when item 9 is above zero', () => {
    const run = runCli(['measure', 'phq9', '1,1,2,1,0,1,2,1,2']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'PHQ-9 (Patient Health Questionnaire-9): 11 of 27, moderate\n' +
        'RISK: PHQ-9 item 9 (thoughts that the client would be better off dead, or of self-harm) was answered 2 ("more than half the days"): the note must document a risk assessment, whatever the total.\n',
    );
  });

  it('scores a total, with the change from the previous and the baseline score', () => {
    const run = runCli(['measure', 'GAD-7', '--total', '12', '--previous', '15', '--baseline', '19']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'GAD-7 (Generalized Anxiety Disorder-7): 12 of 21, moderate\n' +
        'Change from previous: -3 (better; below the 4-point threshold for reliable change)\n' +
        'Change from baseline: -7 (better; reliable change, 4 points or more)\n',
    );
  });

  it('--json gives the score as data', () => {
    const run = runCli(['measure', 'phq9', '--total', '20', '--previous', '13', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ instrument: 'PHQ-9', total: 20, band: 'severe', items: null, change: { fromPrevious: { points: 7, reliable: true, direction: 'worse' } } });
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual(['risk_item_unknown']);
  });

  it.each([
    [['measure', 'phq9', '0,1,2'], 'PHQ-9 has 9 items and 3 answers were given: give one answer per item, each 0 to 3.'],
    [['measure', 'phq9', '0,1,2,3,4,0,0,0,0'], 'PHQ-9 item 5 must be a whole number from 0 to 3.'],
    [['measure', 'phq9', '--total', '30'], 'A PHQ-9 total must be a whole number from 0 to 27.'],
    [['measure', 'phq9', '0,1,x,0,0,0,0,0,0'], 'Item 3 of ANSWERS is not a whole number'],
    [['measure', 'phq9', '--total', 'ten'], '--total must be a whole number, 0 or more, not "ten"'],
    [['measure', 'bdi', '--total', '10'], 'There is no instrument "bdi". Instruments: PHQ-9, GAD-7, PCL-5'],
    [['measure', 'phq9'], 'Give the PHQ-9 its 9 item answers (each 0 to 3) or total (0 to 27).'],
    [['measure'], 'Say which instrument'],
    [['measure', 'phq9', '0,0,0,0,0,0,0,0,0', '--total', '0'], 'Give the item answers or --total, not both.'],
  ])('bad input %j exits 2 and says what to fix', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('is listed in --help, with its own help', () => {
    expect(runCli(['--help']).stdout).toContain('afterword measure INSTRUMENT [ANSWERS]');
    const help = runCli(['measure', '--help']);
    expect(help.status).toBe(0);
    for (const option of ['--total N', '--previous N', '--baseline N', '--json']) expect(help.stdout).toContain(option);
  });
});
