using System.Text;
using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.ModelFiles;

namespace Fulfillment.SpApiSimulator.Sandbox;

/// <summary>
/// Amazon's static sandbox: a request that carries the parameters of one of the model's examples gets that example's
/// documented status and body. Where several examples fit, the one naming the most parameters wins (an example with
/// no parameters answers anything its operation gets that no other example claims).
/// </summary>
public sealed class SandboxExamples(SpApiModel model)
{
    private readonly ILookup<string, SandboxExample> _byOperation =
        model.Operations.SelectMany(SandboxExample.AllOf).ToLookup(example => example.Operation.OperationId);

    public SandboxExample? Match(string operationId, SandboxRequest request) =>
        _byOperation[operationId]
            .Where(example => example.Matches(request))
            .MaxBy(example => example.Parameters.Count);

    public IResult Answer(SandboxExample example) => example.StatusCode == StatusCodes.Status204NoContent
        ? TypedResults.NoContent()
        : TypedResults.Text(
            example.Response?.ToJsonString(SpApiJson.Options) ?? "{}", "application/json", Encoding.UTF8, example.StatusCode);
}
