using System.Globalization;

namespace Fulfillment.OrderImport.OrdersView.GetOrders;

/// <summary>
/// Reads typed values from a query string and keeps the ones that are not of their type, so that they can be
/// answered like any other invalid value (a 400 naming the field) rather than with a bare "bad request".
/// </summary>
public sealed class QueryStringReader(IQueryCollection query)
{
    private readonly Dictionary<string, string> _unreadable = [];

    public IReadOnlyDictionary<string, string> Unreadable => _unreadable;

    /// <summary>The trimmed value, or null when the parameter is absent or empty.</summary>
    public string? Text(string name) =>
        query.TryGetValue(name, out var values) && values.ToString().Trim() is { Length: > 0 } text ? text : null;

    /// <summary>An ISO 8601 date and time, as UTC; one without an offset is taken as UTC.</summary>
    public DateTimeOffset? DateAndTime(string name) => Read<DateTimeOffset>(
        name, "a date and time (ISO 8601, e.g. 2026-11-26T08:00:00Z)",
        text => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : null);

    public decimal? Decimal(string name) => Read<decimal>(
        name, "a number (e.g. 49.90)",
        text => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null);

    public int? Integer(string name) => Read<int>(
        name, "a whole number",
        text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null);

    private T? Read<T>(string name, string expected, Func<string, T?> parse) where T : struct
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (parse(text) is { } value)
        {
            return value;
        }

        _unreadable[name] = $"'{text}' is not {expected}.";
        return null;
    }
}
