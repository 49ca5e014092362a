using System.Globalization;
using System.Text;

namespace Fulfillment.SpApiSimulator.OrdersApi.GetOrderItems;

/// <summary>The position in an order's item list, tied to that order so it cannot page another one.</summary>
public static class OrderItemsNextToken
{
    public static string Encode(string amazonOrderId, int nextIndex) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{amazonOrderId}/{nextIndex}")));

    /// <returns>The index of the first item of the page, or null when the token is not one of this order's.</returns>
    public static int? Decode(string amazonOrderId, string token)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('/');
            return parts.Length == 2 && parts[0] == amazonOrderId
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? index
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
