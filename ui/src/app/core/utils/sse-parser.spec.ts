import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('dispatches one event per blank line', () => {
    const parser = new SseParser();
    const events = parser.push('data: {"a":1}\n\ndata: {"a":2}\n\n');
    expect(events.map((e) => e.data)).toEqual(['{"a":1}', '{"a":2}']);
    expect(events[0].event).toBe('message');
  });

  it('reassembles events split across chunks at any position', () => {
    const text =
      'event: progress\nid: 7\ndata: {"status":"running"}\n\n: keep-alive\n\ndata: last\n\n';
    for (let cut = 1; cut < text.length; cut++) {
      const parser = new SseParser();
      const events = [
        ...parser.push(text.slice(0, cut)),
        ...parser.push(text.slice(cut)),
        ...parser.end(),
      ];
      expect(events.map((e) => e.data)).toEqual(['{"status":"running"}', 'last']);
      expect(events[0]).toMatchObject({ event: 'progress', id: '7' });
    }
  });

  it('handles CRLF and CR line endings, including a CRLF split between chunks', () => {
    const parser = new SseParser();
    const events = [...parser.push('data: one\r'), ...parser.push('\n\r\ndata: two\r\r')];
    expect(events.map((e) => e.data)).toEqual(['one', 'two']);
  });

  it('joins multi-line data with newlines and ignores comments and unknown fields', () => {
    const parser = new SseParser();
    const [event] = parser.push(': comment\nfoo: bar\ndata: line 1\ndata:line 2\n\n');
    expect(event.data).toBe('line 1\nline 2');
  });

  it('does not dispatch events without data, and reads retry', () => {
    const parser = new SseParser();
    expect(parser.push('event: ping\n\nretry: 3000\n\n')).toEqual([]);
    const [event] = parser.push('data: x\n\n');
    expect(event.retry).toBe(3000);
  });

  it('flushes a final event without its blank line at end of stream', () => {
    const parser = new SseParser();
    expect(parser.push('data: tail')).toEqual([]);
    expect(parser.end().map((e) => e.data)).toEqual(['tail']);
  });
});
