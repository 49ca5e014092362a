using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.OrdersApi.SandboxOnly;

/// <summary>
/// Operations of the Orders model that Fulfillment does not use: they answer their static sandbox examples (through
/// the operation filter) and nothing else, with Amazon's token rules and usage plans all the same.
/// </summary>
public static class SandboxOnlyEndpoints
{
    public static RouteGroupBuilder MapSandboxOnlyOperations(this RouteGroupBuilder group)
    {
        group.MapGet("/{orderId}/orderItems/buyerInfo", NotSimulated)
            .IsSpApiOperation("getOrderItemsBuyerInfo", SpApiAccess.RestrictedDataToken);
        group.MapPost("/{orderId}/shipment", NotSimulated).IsSpApiOperation("updateShipmentStatus");
        group.MapGet("/{orderId}/regulatedInfo", NotSimulated)
            .IsSpApiOperation("getOrderRegulatedInfo", SpApiAccess.RestrictedDataToken);
        group.MapPatch("/{orderId}/regulatedInfo", NotSimulated).IsSpApiOperation("updateVerificationStatus");
        return group;
    }

    private static JsonHttpResult<SpApiErrorList> NotSimulated(string orderId) =>
        SpApiResults.NotFound($"The SP-API simulator answers this operation only for the model's sandbox examples ({orderId}).");
}
