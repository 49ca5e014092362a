using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Fulfillment.ServiceDefaults.Security;

/// <summary>
/// Refuses to start a service with an endpoint that names neither a permission nor anonymity (X1): such an endpoint
/// would answer no one (the fallback policy), and it is a mistake to be caught before it ships, not by a caller.
/// </summary>
internal sealed class EndpointPermissionGuard(EndpointDataSource endpoints) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var open = EndpointPermission.Of(endpoints).Where(endpoint => endpoint.NamesNoPermission).ToList();
        if (open.Count > 0)
        {
            throw new InvalidOperationException(
                "Every endpoint must name a permission (RequireAuthorization(Permissions.X)) or AllowAnonymous(); these name neither: "
                + string.Join(", ", open.Select(endpoint => $"{string.Join('|', endpoint.Methods)} {endpoint.Route}")));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
