using System.Globalization;

namespace Fulfillment.SpApiSimulator.OrdersApi.Shapes;

/// <summary>The model's <c>Money</c>: the amount is a string.</summary>
public sealed record Money(string CurrencyCode, string Amount)
{
    public static Money Of(decimal amount, string currencyCode) =>
        new(currencyCode, amount.ToString("0.00", CultureInfo.InvariantCulture));
}
