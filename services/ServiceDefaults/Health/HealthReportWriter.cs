using System.Text.Json;
using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Fulfillment.ServiceDefaults.Health;

/// <summary>
/// Writes the overall status and each check's status to anyone (a load balancer or orchestrator asks anonymously);
/// what each check says (which dependency, which shard) only to a caller who may read orders (X1).
/// </summary>
internal static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var detailed = (await authorization.AuthorizeAsync(context.User, Permissions.ReadOrders)).Succeeded;
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = detailed ? entry.Value.Description : null }),
        };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
