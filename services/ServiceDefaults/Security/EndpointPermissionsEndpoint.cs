using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fulfillment.ServiceDefaults.Security;

public static class EndpointPermissionsEndpoint
{
    /// <summary>
    /// <c>GET /admin/endpoints</c>: every endpoint of this service and the permission it requires, so that a security
    /// check can walk them all (a new endpoint cannot hide from it).
    /// </summary>
    public static WebApplication MapEndpointPermissions(this WebApplication app)
    {
        app.MapGet("/admin/endpoints", (EndpointDataSource endpoints) => TypedResults.Ok(EndpointPermission.Of(endpoints)))
            .RequireAuthorization(Permissions.Administer);
        return app;
    }
}
