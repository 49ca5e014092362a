using System.Globalization;
using System.Text.RegularExpressions;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>One scrape of a service's <c>/metrics</c> in Prometheus' text format, as Prometheus reads it.</summary>
public sealed partial class PrometheusScrape(IReadOnlyList<PrometheusScrape.Sample> samples)
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public IReadOnlyList<Sample> Samples => samples;

    public static async Task<PrometheusScrape> ReadAsync(HttpClient service)
    {
        var text = await service.GetStringAsync("metrics");
        return new PrometheusScrape([.. text.Split('\n').Select(ParseLine).OfType<Sample>()]);
    }

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels include <paramref name="labels"/> (0 when none).</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) => samples
        .Where(sample => sample.Name == name && labels.All(label => sample.Labels.GetValueOrDefault(label.Key) == label.Value))
        .Sum(sample => sample.Value);

    private static Sample? ParseLine(string line)
    {
        if (line.StartsWith('#') || SampleLine().Match(line) is not { Success: true } match)
        {
            return null;
        }

        var labels = LabelPair().Matches(match.Groups["labels"].Value)
            .ToDictionary(pair => pair.Groups["key"].Value, pair => pair.Groups["value"].Value);
        return double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new Sample(match.Groups["name"].Value, labels, value)
            : null;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
