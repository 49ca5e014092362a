using System.Globalization;

namespace Fulfillment.SpApiSimulator.Http;

/// <summary>Amazon's ISO 8601 dates: read with any offset, written in UTC to the second (<c>2017-01-20T19:49:35Z</c>).</summary>
public static class SpApiDates
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || !text.Contains('T', StringComparison.Ordinal))
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(
                text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
        {
            return false;
        }

        value = value.ToUniversalTime();
        return true;
    }

    /// <summary>Amazon keeps order dates to the second.</summary>
    public static DateTimeOffset ToWholeSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
