using Microsoft.AspNetCore.Http.HttpResults;

namespace Fulfillment.SpApiSimulator.Http;

/// <summary>The answers Amazon gives, with its status codes, error codes and messages.</summary>
public static class SpApiResults
{
    public const string InvalidInputCode = "InvalidInput";

    public static JsonHttpResult<T> Ok<T>(T body) => TypedResults.Json(body, SpApiJson.Options);

    public static JsonHttpResult<SpApiErrorList> Error(int statusCode, params SpApiError[] errors) =>
        TypedResults.Json(new SpApiErrorList(errors), SpApiJson.Options, statusCode: statusCode);

    public static JsonHttpResult<SpApiErrorList> InvalidInput(string message, string details = "") =>
        Error(StatusCodes.Status400BadRequest, new SpApiError(InvalidInputCode, message, details));

    public static JsonHttpResult<SpApiErrorList> NotFound(string details = "") =>
        Error(StatusCodes.Status404NotFound, new SpApiError("NotFound", "The specified resource does not exist.", details));

    public static JsonHttpResult<SpApiErrorList> Unauthorized(string details) =>
        Error(StatusCodes.Status403Forbidden, new SpApiError("Unauthorized", "Access to requested resource is denied.", details));

    public static JsonHttpResult<SpApiErrorList> QuotaExceeded() =>
        Error(StatusCodes.Status429TooManyRequests,
            new SpApiError("QuotaExceeded", "You exceeded your quota for the requested resource."));

    public static JsonHttpResult<SpApiErrorList> InternalFailure() =>
        Error(StatusCodes.Status500InternalServerError,
            new SpApiError("InternalFailure", "We encountered an internal error. Please try again."));

    public static JsonHttpResult<SpApiErrorList> ServiceUnavailable() =>
        Error(StatusCodes.Status503ServiceUnavailable,
            new SpApiError("ServiceUnavailable", "Service is temporarily unavailable. Please try again."));

    /// <summary>
    /// 200 with JSON cut off mid-way, labelled as JSON: what a gateway that drops the connection part-way passes on.
    /// The content type is right so that only reading the body shows the answer is unusable.
    /// </summary>
    public static ContentHttpResult Malformed() =>
        TypedResults.Text("""{"payload":{"AmazonOrderId":""", "application/json", statusCode: StatusCodes.Status200OK);
}
