using System.Text.Json.Nodes;

namespace Fulfillment.SystemTests.SpApiSimulator;

/// <summary>
/// One <c>x-amzn-api-sandbox.static</c> example, read from the simulator's own copy of Amazon's model: the request it
/// describes and the answer it documents.
/// </summary>
public sealed record SandboxExampleCase(
    string ModelFile,
    string OperationId,
    string Method,
    string PathTemplate,
    int StatusCode,
    JsonObject Parameters,
    JsonObject OperationParameters,
    JsonNode? Response)
{
    public static readonly string ModelDirectory = Path.Combine(RepositoryRoot(), "services", "SpApiSimulator", "Models");

    public static IEnumerable<SandboxExampleCase> ReadAll(string modelFile)
    {
        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(ModelDirectory, modelFile)))!;
        foreach (var (pathTemplate, pathItem) in model["paths"]!.AsObject())
        {
            foreach (var (method, operation) in pathItem!.AsObject())
            {
                var parameters = new JsonObject();
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    parameters[parameter!["name"]!.GetValue<string>()] = parameter.DeepClone();
                }

                foreach (var (status, response) in operation["responses"]!.AsObject())
                {
                    foreach (var example in response?["x-amzn-api-sandbox"]?["static"]?.AsArray() ?? [])
                    {
                        yield return new SandboxExampleCase(
                            modelFile,
                            operation["operationId"]!.GetValue<string>(),
                            method.ToUpperInvariant(),
                            pathTemplate,
                            int.Parse(status),
                            example!["request"]?["parameters"]?.AsObject().DeepClone().AsObject() ?? [],
                            parameters,
                            example["response"]?.DeepClone());
                    }
                }
            }
        }
    }

    /// <summary>The request the example describes: path parameters in the path, arrays in the query comma-separated.</summary>
    public HttpRequestMessage ToRequest(string accessToken)
    {
        var path = PathTemplate;
        var query = new List<string>();
        HttpContent? body = null;
        foreach (var (name, parameter) in Parameters)
        {
            var value = parameter!["value"];
            switch (OperationParameters[name]?["in"]?.GetValue<string>() ?? (name == "body" ? "body" : null))
            {
                case "path":
                    path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value!.ToString()));
                    break;
                case "query":
                    var text = value is JsonArray array ? string.Join(",", array.Select(item => item!.ToString())) : value!.ToString();
                    query.Add($"{name}={Uri.EscapeDataString(text)}");
                    break;
                case "body":
                    body = new StringContent(value!.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
                    break;
                default:
                    throw new InvalidOperationException($"{this}: parameter {name} has no known location.");
            }
        }

        // An example that names no path parameter answers any request of its operation; any order id routes it.
        path = path.Replace("{orderId}", "902-0000000-0000000");
        var request = new HttpRequestMessage(new HttpMethod(Method), path.TrimStart('/') + (query.Count > 0 ? "?" + string.Join("&", query) : ""))
        {
            Content = body,
        };
        request.Headers.Add("x-amz-access-token", accessToken);
        return request;
    }

    public override string ToString() =>
        $"{OperationId} {StatusCode} {Parameters.ToJsonString()[..Math.Min(120, Parameters.ToJsonString().Length)]}";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Fulfillment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Fulfillment.sln not found above {AppContext.BaseDirectory}.");
    }
}
