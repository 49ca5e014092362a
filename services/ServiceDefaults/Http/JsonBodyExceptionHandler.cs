using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Fulfillment.ServiceDefaults.Http;

/// <summary>
/// A body that cannot be read as the request (a value of the wrong type, an unknown enum name, a missing required
/// field) becomes a 400 ValidationProblem naming the field, like any other invalid input.
/// </summary>
internal sealed class JsonBodyExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { InnerException: JsonException json })
        {
            return false;
        }

        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        var reason = json.Message.Split(" Path:", 2)[0];
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body does not fit this request.",
            },
        });
    }
}
