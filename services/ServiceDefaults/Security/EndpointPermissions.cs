using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Fulfillment.ServiceDefaults.Security;

/// <summary>One endpoint of a service and what it requires: a permission, or nothing (explicitly anonymous).</summary>
public sealed record EndpointPermission(string Route, IReadOnlyList<string> Methods, string? Permission, bool Anonymous)
{
    /// <summary>Every routed endpoint of a service, with the permission it names; one that names none has neither.</summary>
    public static IReadOnlyList<EndpointPermission> Of(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => new EndpointPermission(
                "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/'),
                endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [],
                endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                    .Select(data => data.Policy).LastOrDefault(Permissions.All.Contains),
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .OrderBy(endpoint => endpoint.Route, StringComparer.Ordinal)
            .ToList();

    public bool NamesNoPermission => Permission is null && !Anonymous;
}
