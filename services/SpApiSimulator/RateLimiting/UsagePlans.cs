using System.Globalization;
using System.Text.RegularExpressions;
using Fulfillment.SpApiSimulator.Configuration;
using Fulfillment.SpApiSimulator.ModelFiles;

namespace Fulfillment.SpApiSimulator.RateLimiting;

/// <summary>
/// The usage plan of every operation, read from the "Usage Plan" table in the model's operation description (so a
/// newer model brings its new limits), then scaled or replaced by configuration.
/// </summary>
public sealed partial class UsagePlans
{
    private readonly Dictionary<string, UsagePlan> _plans;

    public UsagePlans(SpApiModel model, RateLimitOptions options)
    {
        var modelPlans = model.Operations.ToDictionary(
            operation => operation.OperationId, FromDescription, StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, UsagePlanOverride>(options.Operations, StringComparer.OrdinalIgnoreCase);
        foreach (var operation in overrides.Keys.Where(operation => !modelPlans.ContainsKey(operation)))
        {
            throw new InvalidOperationException(
                $"SpApiSimulator:RateLimits:Operations:{operation} names no operation of the models.");
        }

        _plans = modelPlans.ToDictionary(
            entry => entry.Key,
            entry => Effective(entry.Value, options.Multiplier, overrides.GetValueOrDefault(entry.Key)),
            StringComparer.OrdinalIgnoreCase);
    }

    public UsagePlan this[string operationId] => _plans[operationId];

    public IReadOnlyDictionary<string, UsagePlan> All => _plans;

    private static UsagePlan Effective(UsagePlan model, double multiplier, UsagePlanOverride? replacement) =>
        new(replacement?.Rate ?? model.Rate * multiplier, replacement?.Burst ?? model.Burst);

    private static UsagePlan FromDescription(SpApiModelOperation operation)
    {
        var row = UsagePlanRow().Match(operation.Description);
        if (!row.Success)
        {
            throw new InvalidOperationException($"The model gives no usage plan for {operation.OperationId}.");
        }

        return new UsagePlan(
            double.Parse(row.Groups["rate"].Value, CultureInfo.InvariantCulture),
            int.Parse(row.Groups["burst"].Value, CultureInfo.InvariantCulture));
    }

    // The first table row made of two numbers, under the "| Rate (requests per second) | Burst |" header.
    [GeneratedRegex(@"^\|\s*(?<rate>\d+(\.\d+)?)\s*\|\s*(?<burst>\d+)\s*\|", RegexOptions.Multiline)]
    private static partial Regex UsagePlanRow();
}
