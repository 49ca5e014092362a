namespace Fulfillment.SpApiSimulator.Access;

/// <summary>
/// What a Restricted Data Token opens: an HTTP method and a path, either concrete
/// (<c>/orders/v0/orders/123-1234567-1234567/address</c>) or generic (<c>/orders/v0/orders/{orderId}/address</c>),
/// plus the kinds of personal data asked for where the operation needs them.
/// </summary>
public sealed record RestrictedResource(string Method, string Path, IReadOnlyList<string> DataElements)
{
    public bool Covers(string method, string requestPath) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && PathMatches(Path, requestPath);

    /// <summary>Segment by segment; a <c>{name}</c> segment stands for any one segment.</summary>
    public static bool PathMatches(string template, string requestPath)
    {
        var templateSegments = template.Trim('/').Split('/');
        var requestSegments = requestPath.Trim('/').Split('/');
        return templateSegments.Length == requestSegments.Length
            && templateSegments.Zip(requestSegments).All(pair =>
                (pair.First.StartsWith('{') && pair.First.EndsWith('}'))
                || string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
    }
}
