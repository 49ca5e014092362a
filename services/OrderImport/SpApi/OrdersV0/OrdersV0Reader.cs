using System.Globalization;
using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.Models;
using Fulfillment.SpApiClient.OrdersV0;

namespace Fulfillment.OrderImport.SpApi.OrdersV0;

/// <summary>The Orders API v0 answer to <see cref="IAmazonOrderReader"/>.</summary>
public sealed class OrdersV0Reader(SpApiTransport transport, RestrictedDataTokens restrictedDataTokens) : IAmazonOrderReader
{
    private const string OrdersPath = "/orders/v0/orders";

    public async Task<AmazonOrderPage> ListUpdatedOrdersAsync(
        AmazonStoreAccess store, DateTimeOffset lastUpdatedAfter, string? nextToken, CancellationToken cancellationToken)
    {
        var query = $"?MarketplaceIds={Uri.EscapeDataString(store.MarketplaceId)}" + (nextToken is null
            ? $"&LastUpdatedAfter={Uri.EscapeDataString(lastUpdatedAfter.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture))}"
            : $"&NextToken={Uri.EscapeDataString(nextToken)}");
        var response = await transport.SendAsync<SpApiResponse<OrdersList>>(
            store, SpApiOperation.GetOrders, HttpMethod.Get, OrdersPath + query, null, null, cancellationToken);
        var list = response.Payload ?? throw new AmazonAnswerUnusableException("getOrders answered without a payload.");
        var problems = new List<string>();
        var windowEnd = OrdersV0Mapping.ParseDate(list.LastUpdatedBefore, "LastUpdatedBefore", problems)
            ?? throw new AmazonAnswerUnusableException($"getOrders: {string.Join("; ", problems)}");
        return new AmazonOrderPage(
            [.. (list.Orders ?? []).Select(OrdersV0Mapping.ToListing)], list.NextToken, windowEnd);
    }

    public async Task<AmazonOrderListing> GetOrderAsync(
        AmazonStoreAccess store, string amazonOrderId, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync<SpApiResponse<Order>>(
            store, SpApiOperation.GetOrder, HttpMethod.Get, $"{OrdersPath}/{Uri.EscapeDataString(amazonOrderId)}",
            null, null, cancellationToken);
        return OrdersV0Mapping.ToListing(
            response.Payload ?? throw new AmazonAnswerUnusableException($"getOrder {amazonOrderId} answered without a payload."));
    }

    public async Task<AmazonOrderContents> GetOrderContentsAsync(
        AmazonStoreAccess store, string amazonOrderId, bool withBuyer, CancellationToken cancellationToken)
    {
        var items = await GetItemsAsync(store, amazonOrderId, cancellationToken);
        var cancelRequest = items.Select(item => item.BuyerRequestedCancel)
            .FirstOrDefault(request => request?.IsRequested == true);
        var buyer = withBuyer ? await GetBuyerAsync(store, amazonOrderId, cancellationToken) : null;
        return new AmazonOrderContents(
            [.. items.Select(OrdersV0Mapping.ToItem)], cancelRequest is not null, cancelRequest?.BuyerCancelReason, buyer);
    }

    private async Task<IReadOnlyList<OrderItem>> GetItemsAsync(
        AmazonStoreAccess store, string amazonOrderId, CancellationToken cancellationToken)
    {
        var items = await transport.GetOrderItemsAsync(store, amazonOrderId, cancellationToken)
            ?? throw new AmazonAnswerUnusableException($"getOrderItems {amazonOrderId} answered without a payload.");
        return items.Count > 0 ? items : throw new AmazonAnswerUnusableException($"Amazon listed no items for {amazonOrderId}.");
    }

    private async Task<AmazonBuyer> GetBuyerAsync(
        AmazonStoreAccess store, string amazonOrderId, CancellationToken cancellationToken)
    {
        var token = restrictedDataTokens.SourceFor(store);
        var orderPath = $"{OrdersPath}/{Uri.EscapeDataString(amazonOrderId)}";
        var buyerInfo = await transport.SendAsync<SpApiResponse<OrderBuyerInfo>>(
            store, SpApiOperation.GetOrderBuyerInfo, HttpMethod.Get, orderPath + "/buyerInfo", null, token, cancellationToken);
        var address = await transport.SendAsync<SpApiResponse<OrderAddress>>(
            store, SpApiOperation.GetOrderAddress, HttpMethod.Get, orderPath + "/address", null, token, cancellationToken);
        return new AmazonBuyer(
            buyerInfo.Payload?.BuyerName,
            buyerInfo.Payload?.BuyerEmail,
            OrdersV0Mapping.ToAddress(address.Payload?.ShippingAddress));
    }
}
