using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fulfillment.ServiceDefaults.Security;

/// <summary>The 401 and 403 answers, as ProblemDetails, and the log they are written to.</summary>
internal static class RefusedCalls
{
    public static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Fulfillment.Security.RefusedCalls");

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title, Detail = detail },
            options: (System.Text.Json.JsonSerializerOptions?)null, contentType: "application/problem+json");
    }
}
