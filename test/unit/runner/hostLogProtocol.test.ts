import * as assert from 'node:assert';
import { parseScreenshotRequest, screenshotRequest } from '../../runner/hostLogProtocol';

describe('runner: screenshot requests in the extension host log', () => {
  it('reads back the file a request names', () => {
    assert.strictEqual(parseScreenshotRequest(screenshotRequest('/tmp/shots/a b.png')), '/tmp/shots/a b.png');
  });

  it('ignores ordinary output and relative paths', () => {
    assert.strictEqual(parseScreenshotRequest('  1 passing (3ms)'), undefined);
    assert.strictEqual(parseScreenshotRequest('the marker @@screenshot /tmp/x.png mid-line'), undefined);
    assert.strictEqual(parseScreenshotRequest(screenshotRequest('shots/a.png')), undefined);
  });
});
