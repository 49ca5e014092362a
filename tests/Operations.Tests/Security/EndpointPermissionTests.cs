using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Fulfillment.Operations.Tests.Security;

/// <summary>How a service tells an endpoint that names its permission from one that was left open by mistake (X1).</summary>
public sealed class EndpointPermissionTests
{
    [Test]
    public void Given_endpoints_When_read_Then_each_names_its_permission_anonymity_or_nothing()
    {
        var endpoints = new DefaultEndpointDataSource(
            Endpoint("/api/orders", new AuthorizeAttribute(Permissions.ReadOrders)),
            Endpoint("/alive", new AllowAnonymousAttribute()),
            Endpoint("/api/forgotten"),
            Endpoint("/api/custom-policy", new AuthorizeAttribute("something-else")));

        var read = EndpointPermission.Of(endpoints).ToDictionary(endpoint => endpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(read["/api/orders"].Permission, Is.EqualTo(Permissions.ReadOrders));
            Assert.That(read["/api/orders"].NamesNoPermission, Is.False);
            Assert.That(read["/alive"].NamesNoPermission, Is.False);
            Assert.That(read["/api/forgotten"].NamesNoPermission, Is.True);
            Assert.That(read["/api/custom-policy"].NamesNoPermission, Is.True, "only the permission policies count");
        });
    }

    private static RouteEndpoint Endpoint(string route, params object[] metadata) => new(
        _ => Task.CompletedTask, RoutePatternFactory.Parse(route), 0,
        new EndpointMetadataCollection([new HttpMethodMetadata(["GET"]), .. metadata]), route);
}
