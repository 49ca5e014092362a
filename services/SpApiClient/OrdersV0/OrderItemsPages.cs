using Fulfillment.SpApiClient.Models;

namespace Fulfillment.SpApiClient.OrdersV0;

/// <summary>Orders API v0 <c>getOrderItems</c>, every page of it (NextToken), for whichever service reads an order's items.</summary>
public static class OrderItemsPages
{
    /// <returns>Every item of the order, or null when a page came without a payload.</returns>
    /// <exception cref="SpApiUnavailableException">Throttled or failing through every attempt.</exception>
    public static async Task<IReadOnlyList<OrderItem>?> GetOrderItemsAsync(
        this SpApiTransport transport, AmazonStoreAccess store, string amazonOrderId, CancellationToken cancellationToken)
    {
        var items = new List<OrderItem>();
        string? nextToken = null;
        do
        {
            var path = $"/orders/v0/orders/{Uri.EscapeDataString(amazonOrderId)}/orderItems"
                + (nextToken is null ? "" : $"?NextToken={Uri.EscapeDataString(nextToken)}");
            var response = await transport.SendAsync<SpApiResponse<OrderItemsList>>(
                store, SpApiOperation.GetOrderItems, HttpMethod.Get, path, null, null, cancellationToken);
            if (response.Payload is not { } page)
            {
                return null;
            }

            items.AddRange(page.OrderItems ?? []);
            nextToken = page.NextToken;
        }
        while (nextToken is not null);

        return items;
    }
}
