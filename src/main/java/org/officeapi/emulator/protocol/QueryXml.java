package org.officeapi.emulator.protocol;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes awsQuery responses and errors (IAM, STS) as AWS does:
 * {@code <OpResponse xmlns=…><OpResult>…</OpResult><ResponseMetadata><RequestId>…}, lists as
 * {@code <member>} elements, timestamps in ISO-8601.
 */
public final class QueryXml {

    private QueryXml() {}

    public static String response(String operation, String namespace, SdkPojo output, String requestId) {
        StringBuilder xml = new StringBuilder("<").append(operation).append("Response xmlns=\"").append(namespace).append("\">");
        if (output != null && hasMembers(output)) {
            xml.append('<').append(operation).append("Result>");
            members(output, xml);
            xml.append("</").append(operation).append("Result>");
        }
        xml.append("<ResponseMetadata><RequestId>").append(requestId).append("</RequestId></ResponseMetadata>");
        return xml.append("</").append(operation).append("Response>").toString();
    }

    public static String error(String namespace, String code, String message, boolean senderFault, String requestId) {
        return "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + (senderFault ? "Sender" : "Receiver") + "</Type><Code>"
                + escape(code) + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>" + requestId
                + "</RequestId></ErrorResponse>";
    }

    private static boolean hasMembers(SdkPojo pojo) {
        for (SdkField<?> field : pojo.sdkFields()) {
            if (SdkPojos.valueOf(field, pojo) != null) {
                return true;
            }
        }
        return false;
    }

    private static void members(SdkPojo pojo, StringBuilder xml) {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = SdkPojos.valueOf(field, pojo);
            if (value != null) {
                element(field, field.locationName(), value, xml);
            }
        }
    }

    private static void element(SdkField<?> field, String name, Object value, StringBuilder xml) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.LIST) {
            ListTrait trait = field.getTrait(ListTrait.class);
            if (!trait.isFlattened()) {
                xml.append('<').append(name).append('>');
            }
            for (Object element : (List<?>) value) {
                element(trait.memberFieldInfo(), trait.isFlattened() ? name : QueryForm.memberName(trait), element, xml);
            }
            if (!trait.isFlattened()) {
                xml.append("</").append(name).append('>');
            }
            return;
        }
        if (type == MarshallingType.MAP) {
            MapTrait trait = field.getTrait(MapTrait.class);
            xml.append('<').append(name).append('>');
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                xml.append("<entry><").append(QueryForm.keyName(trait)).append('>').append(escape(String.valueOf(entry.getKey())))
                        .append("</").append(QueryForm.keyName(trait)).append('>');
                element(trait.valueFieldInfo(), QueryForm.valueName(trait), entry.getValue(), xml);
                xml.append("</entry>");
            }
            xml.append("</").append(name).append('>');
            return;
        }
        xml.append('<').append(name).append('>');
        if (type == MarshallingType.SDK_POJO) {
            members((SdkPojo) value, xml);
        } else if (type == MarshallingType.INSTANT) {
            xml.append(((Instant) value).truncatedTo(ChronoUnit.SECONDS));
        } else if (type == MarshallingType.SDK_BYTES) {
            xml.append(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
        } else {
            xml.append(escape(String.valueOf(value)));
        }
        xml.append("</").append(name).append('>');
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#xD;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
