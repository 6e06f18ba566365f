package io.djflink.runtime.element;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Tells Flink to use {@link ElementSerializer} for {@link Element}s. */
public final class ElementTypeInfo extends TypeInformation<Element> {

    public static final ElementTypeInfo INSTANCE = new ElementTypeInfo();

    private static final long serialVersionUID = 1L;

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<Element> getTypeClass() {
        return Element.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<Element> createSerializer(SerializerConfig config) {
        return ElementSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "Element";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ElementTypeInfo;
    }

    @Override
    public int hashCode() {
        return ElementTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object obj) {
        return obj instanceof ElementTypeInfo;
    }
}
