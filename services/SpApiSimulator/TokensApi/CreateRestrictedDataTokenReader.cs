using System.Text.Json.Nodes;
using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Http;

namespace Fulfillment.SpApiSimulator.TokensApi;

/// <summary>
/// Reads a <c>CreateRestrictedDataTokenRequest</c>: 1 to 50 resources, each a method and path of a restricted
/// operation, with the <c>dataElements</c> that operation needs. <c>targetApplication</c> (delegation) is accepted
/// and not acted upon: the token works for the caller.
/// </summary>
public static class CreateRestrictedDataTokenReader
{
    private const string InvalidRequestCode = "InvalidRequest";
    private const string InvalidRequestMessage = "Request is missing or has invalid parameters";

    public static (IReadOnlyList<RestrictedResource>? Resources, SpApiError? Error) Read(SpApiRequestBody body)
    {
        if (body.Json is not JsonObject request || request["restrictedResources"] is not JsonArray { Count: > 0 and <= 50 } list)
        {
            return Invalid("Resource not provided.");
        }

        var resources = new List<RestrictedResource>();
        foreach (var entry in list)
        {
            var method = entry?["method"]?.ToString() ?? "";
            var path = entry?["path"]?.ToString() ?? "";
            if (method.Length == 0 || path.Length == 0)
            {
                return Invalid("Resource not provided.");
            }

            if (RestrictedOperation.For(method, path) is not { } operation)
            {
                return Invalid($"{method} {path} is not a restricted resource.");
            }

            var dataElements = entry?["dataElements"] is JsonArray elements
                ? elements.Select(element => element?.ToString() ?? "").ToList()
                : [];
            if (operation.NeedsDataElements && dataElements.Count == 0)
            {
                return Invalid($"dataElements is required for {method} {path}.");
            }

            if (dataElements.FirstOrDefault(element => !operation.DataElements.Contains(element)) is { } unknown)
            {
                return Invalid($"dataElements value {unknown} is not valid for {method} {path}.");
            }

            resources.Add(new RestrictedResource(method, path, dataElements));
        }

        return (resources, null);
    }

    private static (IReadOnlyList<RestrictedResource>?, SpApiError?) Invalid(string details) =>
        (null, new SpApiError(InvalidRequestCode, InvalidRequestMessage, details));
}
