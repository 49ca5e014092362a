using System.Text.Json.Nodes;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>JSON compared by meaning: objects regardless of property order, numbers by value, arrays in order.</summary>
public static class JsonEquivalence
{
    /// <returns>Where the two first differ (a JSON path with what was expected), or null when they are equivalent.</returns>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject expectedObject, JsonObject actualObject):
                var names = expectedObject.Select(property => property.Key).Union(actualObject.Select(property => property.Key));
                return names
                    .Select(name => expectedObject.ContainsKey(name) && actualObject.ContainsKey(name)
                        ? FirstDifference(expectedObject[name], actualObject[name], $"{path}.{name}")
                        : $"{path}.{name}: present in only one of expected and actual")
                    .FirstOrDefault(difference => difference is not null);
            case (JsonArray expectedArray, JsonArray actualArray):
                if (expectedArray.Count != actualArray.Count)
                {
                    return $"{path}: expected {expectedArray.Count} elements, got {actualArray.Count}";
                }

                return expectedArray.Zip(actualArray)
                    .Select((pair, index) => FirstDifference(pair.First, pair.Second, $"{path}[{index}]"))
                    .FirstOrDefault(difference => difference is not null);
            case (JsonValue expectedValue, JsonValue actualValue):
                return SameValue(expectedValue, actualValue)
                    ? null
                    : $"{path}: expected {expectedValue.ToJsonString()}, got {actualValue.ToJsonString()}";
            default:
                return $"{path}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}";
        }
    }

    private static bool SameValue(JsonValue expected, JsonValue actual) =>
        expected.TryGetValue<decimal>(out var expectedNumber) && actual.TryGetValue<decimal>(out var actualNumber)
            ? expectedNumber == actualNumber
            : expected.GetValueKind() == actual.GetValueKind() && expected.ToJsonString() == actual.ToJsonString();
}
