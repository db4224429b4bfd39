// live-probe reads whole responses; explain will only have the status and message Claude Code printed.
// Both must reach the same verdict through the one decision table.
import { classifyApiError, classifyResponse, parseJson, readErrorBody } from '../../src/classify';
import { RECORDED_ANSWERS } from '../fixtures/moonshot-answers';

const errorAnswers = RECORDED_ANSWERS.filter((a) => a.status >= 400 && readErrorBody(parseJson(a.body))?.message);

test('there are error answers with messages to compare', () => {
  expect(errorAnswers.length).toBeGreaterThanOrEqual(12);
});

test.each(errorAnswers.map((a) => [a.name, a] as const))('%s: status and message alone give the response verdict', (_name, answer) => {
  const fromResponse = classifyResponse({ status: answer.status, headers: {}, body: answer.body });
  const error = readErrorBody(parseJson(answer.body));
  const fromPrintedLine = classifyApiError({ status: answer.status, message: error?.message });
  expect(fromPrintedLine.verdict).toBe(fromResponse.verdict);
  expect(fromPrintedLine.limit).toEqual(fromResponse.limit);
});
