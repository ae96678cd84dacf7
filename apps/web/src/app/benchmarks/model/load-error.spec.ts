import { HttpErrorResponse } from '@angular/common/http';
import { loadErrorText } from './load-error';

describe('why the benchmarks did not load', () => {
  it('names a refused choice, such as an old link’s principle, and says how to start again', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request has invalid fields.',
        errors: [
          {
            field: 'principle',
            messages: ['is not a principle of the current framework: hope'],
          },
        ],
      },
    });
    expect(loadErrorText(error)).toBe(
      'The principle chosen is not a principle of the current framework: hope. Clear the choices to start again.',
    );
  });

  it('falls back to a plain message when the server gives no reason', () => {
    expect(loadErrorText(new HttpErrorResponse({ status: 0 }))).toBe(
      'The benchmarks cannot be shown right now. Try again later.',
    );
  });
});
