using Fulfillment.ServiceDefaults.Http;
using Fulfillment.SpApiSimulator.Admin.GetSimulatedOrder;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Marketplaces;
using Fulfillment.SpApiSimulator.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Admin.PlaceOrder;

public static class PlaceOrderEndpoint
{
    public static RouteGroupBuilder MapPlaceOrder(this RouteGroupBuilder group)
    {
        group.MapPost("/orders", Handle).Validate<PlaceOrderRequest>();
        return group;
    }

    private static Created<SimulatedOrderView> Handle(PlaceOrderRequest request, OrderBook orders, AmazonIds ids, TimeProvider clock)
    {
        var order = ToOrder(request, ids, clock.GetUtcNow());
        orders.Add(order);
        return TypedResults.Created($"/simulator/orders/{order.AmazonOrderId}", SimulatedOrderView.From(order));
    }

    /// <summary>The order a valid request places, with new Amazon ids: <c>Pending</c>, last updated when purchased.</summary>
    public static SimulatedOrder ToOrder(PlaceOrderRequest request, AmazonIds ids, DateTimeOffset now)
    {
        var marketplace = Marketplace.Find(request.MarketplaceId)!;
        return SimulatedOrder.Place(
            ids.NextOrderId(marketplace.Region),
            request.SellerId,
            marketplace,
            Enum.Parse<FulfillmentChannel>(request.FulfillmentChannel),
            SpApiDates.ToWholeSeconds(request.PurchaseDate ?? now),
            [.. request.Items.Select(item => new SimulatedOrderItem(
                ids.NextOrderItemId(),
                item.Asin ?? AsinFor(item.SellerSku),
                item.SellerSku,
                item.Title ?? item.SellerSku,
                item.Quantity,
                QuantityShipped: 0,
                item.UnitPrice,
                item.ItemTax,
                item.ShippingPrice))],
            new Buyer(request.Buyer?.Name, request.Buyer?.Email),
            request.ShipTo is { } address
                ? new ShipToAddress(address.Name, address.AddressLine1, address.AddressLine2, address.City,
                    address.StateOrRegion, address.PostalCode, address.CountryCode, address.Phone, address.AddressType)
                : null) with
        {
            ShipmentServiceLevelCategory = request.ShipmentServiceLevelCategory ?? ShipmentServiceLevelCategories.Standard,
        };
    }

    // The same SKU always gets the same ASIN, as a listing would.
    private static string AsinFor(string sellerSku) =>
        "B0" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sellerSku)))[..8];
}
