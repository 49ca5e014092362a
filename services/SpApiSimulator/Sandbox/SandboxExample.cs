using System.Globalization;
using System.Text.Json.Nodes;
using Fulfillment.SpApiSimulator.ModelFiles;

namespace Fulfillment.SpApiSimulator.Sandbox;

/// <summary>One <c>x-amzn-api-sandbox.static</c> example of a model: the request parameters it expects and the documented answer.</summary>
public sealed record SandboxExample(
    SpApiModelOperation Operation, int StatusCode, IReadOnlyList<SandboxParameter> Parameters, JsonNode? Response)
{
    /// <summary>Every parameter the example names has the same value in the request.</summary>
    public bool Matches(SandboxRequest request) => Parameters.All(request.Has);

    public static IEnumerable<SandboxExample> AllOf(SpApiModelOperation operation)
    {
        foreach (var (statusCode, response) in operation.Responses)
        {
            foreach (var example in response?["x-amzn-api-sandbox"]?["static"]?.AsArray() ?? [])
            {
                var parameters = example!["request"]?["parameters"]?.AsObject() ?? [];
                yield return new SandboxExample(
                    operation,
                    int.Parse(statusCode, CultureInfo.InvariantCulture),
                    [.. parameters.Select(parameter => new SandboxParameter(
                        parameter.Key, LocationOf(operation, parameter.Key), parameter.Value?["value"]?.DeepClone()))],
                    example["response"]?.DeepClone());
            }
        }
    }

    // The examples name the body parameter "body" even where the model calls it "payload".
    private static ParameterLocation LocationOf(SpApiModelOperation operation, string name) =>
        operation.LocationOf(name) switch
        {
            "path" => ParameterLocation.Path,
            "query" => ParameterLocation.Query,
            "body" => ParameterLocation.Body,
            null when name == "body" => ParameterLocation.Body,
            var other => throw new InvalidOperationException(
                $"Sandbox example of {operation.OperationId} names parameter {name} in '{other}'."),
        };
}

public enum ParameterLocation
{
    Path,
    Query,
    Body,
}

public sealed record SandboxParameter(string Name, ParameterLocation Location, JsonNode? Value);
