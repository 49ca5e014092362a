using System.Text.Json.Nodes;

namespace Fulfillment.SpApiSimulator.ModelFiles;

/// <summary>One operation of an Amazon model: where it lives, its parameters, its description and its responses.</summary>
public sealed record SpApiModelOperation(
    string OperationId, string Method, string PathTemplate, string Description, JsonObject Parameters, JsonObject Responses)
{
    /// <summary>Where a named parameter travels (<c>path</c>, <c>query</c>, <c>body</c>), from the model.</summary>
    public string? LocationOf(string parameterName) =>
        Parameters.TryGetPropertyValue(parameterName, out var parameter) ? parameter?["in"]?.GetValue<string>() : null;
}

/// <summary>The operations of Amazon's Orders v0, Tokens and Feeds models, as copied under <c>Models/</c>.</summary>
public sealed class SpApiModel
{
    private static readonly string[] FileNames = ["ordersV0.json", "tokens_2021-03-01.json", "feeds_2021-06-30.json"];

    private SpApiModel(IReadOnlyList<SpApiModelOperation> operations) => Operations = operations;

    public IReadOnlyList<SpApiModelOperation> Operations { get; }

    public static SpApiModel Load(string directory) =>
        new([.. FileNames.SelectMany(fileName => ReadOperations(Path.Combine(directory, fileName)))]);

    private static IEnumerable<SpApiModelOperation> ReadOperations(string file)
    {
        var model = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        foreach (var (pathTemplate, pathItem) in model["paths"]!.AsObject())
        {
            foreach (var (method, operationNode) in pathItem!.AsObject())
            {
                // A path item may also hold parameters shared by its operations (an array), as the Feeds model's do.
                if (operationNode is not JsonObject || operationNode["operationId"] is not { } operationId)
                {
                    continue;
                }

                var parameters = new JsonObject();
                foreach (var parameter in operationNode["parameters"]?.AsArray() ?? [])
                {
                    parameters[parameter!["name"]!.GetValue<string>()] = parameter.DeepClone();
                }

                yield return new SpApiModelOperation(
                    operationId.GetValue<string>(),
                    method.ToUpperInvariant(),
                    pathTemplate,
                    operationNode["description"]?.GetValue<string>() ?? "",
                    parameters,
                    operationNode["responses"]!.AsObject());
            }
        }
    }
}
