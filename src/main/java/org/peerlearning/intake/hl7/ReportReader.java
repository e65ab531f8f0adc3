package org.peerlearning.intake.hl7;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.XCN;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.group.OMI_O23_ORDER;
import ca.uhn.hl7v2.model.v251.group.ORM_O01_ORDER;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_PATIENT_RESULT;
import ca.uhn.hl7v2.model.v251.message.OMI_O23;
import ca.uhn.hl7v2.model.v251.message.ORM_O01;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PID;
import org.peerlearning.intake.ResultStatus;
import org.peerlearning.intake.domain.ExamMessage;
import org.peerlearning.intake.domain.ExamMessage.Kind;

/**
 * Reads exams out of a parsed message (the 2.5.1 model every supported version is read into): one
 * {@link ExamMessage} per OBR. Result status comes from OBR-25, else ORC-5, else the OBX-11 of the
 * report lines; v2.4 feeds that give none at all are treated as final when a report text is
 * present (a result message with text and no status is a signed report in those feeds), as
 * pending otherwise. The reading radiologist is OBR-32 (principal result interpreter), else OBR-33
 * (assistant interpreter, where some v2.7 feeds put the reporting radiologist), else OBX-16.
 */
final class ReportReader {

	private final ZoneId zone;

	ReportReader(ZoneId zone) {
		this.zone = zone;
	}

	List<ExamMessage> read(Message message, MshHeader header, String text) throws HL7Exception {
		Context context = new Context(header, StudyUids.zds(text, header));
		List<List<String[]>> raw = RawObservations.byOrder(text, header);
		int orderIndex = 0;
		List<ExamMessage> exams = new ArrayList<>();
		if (message instanceof ORU_R01 oru) {
			for (ORU_R01_PATIENT_RESULT result : oru.getPATIENT_RESULTAll()) {
				PID pid = result.getPATIENT().getPID();
				for (ORU_R01_ORDER_OBSERVATION order : result.getORDER_OBSERVATIONAll()) {
					List<OBX> observations = new ArrayList<>();
					for (var observation : order.getOBSERVATIONAll()) {
						observations.add(observation.getOBX());
					}
					List<String[]> lines = orderIndex < raw.size() ? raw.get(orderIndex) : List.of();
					orderIndex++;
					exams.add(exam(Kind.RESULT, pid, order.getORC(), order.getOBR(), observations, lines, context, null));
				}
			}
		}
		else if (message instanceof ORM_O01 orm) {
			PID pid = orm.getPATIENT().getPID();
			for (ORM_O01_ORDER order : orm.getORDERAll()) {
				exams.add(exam(Kind.ORDER, pid, order.getORC(), order.getORDER_DETAIL().getOBR(), List.of(), List.of(), context,
						null));
			}
		}
		else if (message instanceof OMI_O23 omi) {
			PID pid = omi.getPATIENT().getPID();
			for (OMI_O23_ORDER order : omi.getORDERAll()) {
				String uid = order.getIPCReps() > 0 ? order.getIPC(0).getIpc3_StudyInstanceUID().getEntityIdentifier().getValue() : null;
				exams.add(exam(Kind.ORDER, pid, order.getORC(), order.getOBR(), List.of(), List.of(), context, uid));
			}
		}
		return exams;
	}

	private ExamMessage exam(Kind kind, PID pid, ORC orc, OBR obr, List<OBX> observations, List<String[]> lines,
			Context context, String studyUid)
			throws HL7Exception {
		String accession = firstNonBlank(obr.getObr3_FillerOrderNumber().getEntityIdentifier().getValue(),
				orc.getOrc3_FillerOrderNumber().getEntityIdentifier().getValue(),
				obr.getObr2_PlacerOrderNumber().getEntityIdentifier().getValue());
		String report = kind == Kind.RESULT ? RawObservations.reportText(lines, context.header()) : null;
		ResultStatus status = kind == Kind.ORDER ? ResultStatus.PENDING : status(orc, obr, lines, report);
		ProviderName radiologist = kind == Kind.ORDER ? ProviderName.NONE : radiologist(obr, observations, context.header());
		String procedureText = firstNonBlank(obr.getObr4_UniversalServiceIdentifier().getText().getValue(),
				obr.getObr4_UniversalServiceIdentifier().getAlternateText().getValue());
		String bodyPart = firstNonBlank(obr.getObr15_SpecimenSource().getSps4_BodySite().getText().getValue(),
				obr.getObr15_SpecimenSource().getSps4_BodySite().getIdentifier().getValue());
		XPN name = pid.getPid5_PatientNameReps() > 0 ? pid.getPid5_PatientName(0) : null;
		return new ExamMessage(kind, accession, mrn(pid), healthCard(pid),
				name == null ? null : blankToNull(name.getFamilyName().getSurname().getValue()),
				name == null ? null : blankToNull(name.getGivenName().getValue()),
				Hl7Time.date(pid.getPid7_DateTimeOfBirth().getTime().getValue()),
				blankToNull(pid.getPid8_AdministrativeSex().getValue()),
				Modalities.of(obr.getObr24_DiagnosticServSectID().getValue(), procedureText), blankToNull(bodyPart),
				blankToNull(obr.getObr4_UniversalServiceIdentifier().getIdentifier().getValue()), blankToNull(procedureText),
				Hl7Time.instant(firstNonBlank(obr.getObr6_RequestedDateTime().getTime().getValue(),
						orc.getOrc9_DateTimeOfTransaction().getTime().getValue()), zone),
				Hl7Time.instant(firstNonBlank(obr.getObr7_ObservationDateTime().getTime().getValue(),
						obr.getObr6_RequestedDateTime().getTime().getValue()), zone),
				kind == Kind.ORDER ? null : Hl7Time.instant(obr.getObr22_ResultsRptStatusChngDateTime().getTime().getValue(), zone),
				status, StudyUids.valid(firstNonBlank(studyUid, context.zdsStudyUid())), orderingPhysician(obr, orc),
				radiologist.id(), radiologist.name(), report);
	}

	private static ResultStatus status(ORC orc, OBR obr, List<String[]> lines, String report) {
		ResultStatus status = StatusMapping.read(obr.getObr25_ResultStatus().getValue());
		if (status == null) {
			status = StatusMapping.read(orc.getOrc5_OrderStatus().getValue());
		}
		for (int i = 0; status == null && i < lines.size(); i++) {
			status = StatusMapping.read(RawObservations.field(lines.get(i), 11));
		}
		if (status == null) {
			status = report == null ? ResultStatus.PENDING : ResultStatus.FINAL;
		}
		return status;
	}

	private static ProviderName radiologist(OBR obr, List<OBX> observations, MshHeader header) throws HL7Exception {
		ProviderName name = ProviderName.parse(obr.getObr32_PrincipalResultInterpreter().encode(), header);
		for (int i = 0; name.isEmpty() && i < obr.getObr33_AssistantResultInterpreterReps(); i++) {
			name = ProviderName.parse(obr.getObr33_AssistantResultInterpreter(i).encode(), header);
		}
		for (int i = 0; name.isEmpty() && i < observations.size(); i++) {
			OBX obx = observations.get(i);
			if (obx.getObx16_ResponsibleObserverReps() > 0) {
				name = ProviderName.parse(obx.getObx16_ResponsibleObserver(0).encode(), header);
			}
		}
		return name;
	}

	private static String orderingPhysician(OBR obr, ORC orc) {
		XCN xcn = obr.getObr16_OrderingProviderReps() > 0 ? obr.getObr16_OrderingProvider(0)
				: orc.getOrc12_OrderingProviderReps() > 0 ? orc.getOrc12_OrderingProvider(0) : null;
		if (xcn == null) {
			return null;
		}
		String family = blankToNull(xcn.getFamilyName().getSurname().getValue());
		String given = blankToNull(xcn.getGivenName().getValue());
		String id = blankToNull(xcn.getIDNumber().getValue());
		String name = family == null ? given : given == null ? family : family + ", " + given;
		return name == null ? id : id == null ? name : name + " (" + id + ")";
	}

	/** The medical record number: the PID-3 repetition typed MR, else the first. */
	private static String mrn(PID pid) {
		String first = null;
		for (CX cx : pid.getPid3_PatientIdentifierList()) {
			String id = blankToNull(cx.getIDNumber().getValue());
			if (id == null) {
				continue;
			}
			if ("MR".equalsIgnoreCase(cx.getIdentifierTypeCode().getValue())) {
				return id;
			}
			first = first == null ? id : first;
		}
		return first;
	}

	/** The Ontario health card number: an identifier typed JHN (or HC) or issued by the province. */
	private static String healthCard(PID pid) {
		for (CX cx : pid.getPid3_PatientIdentifierList()) {
			String type = cx.getIdentifierTypeCode().getValue();
			String authority = cx.getAssigningAuthority().getNamespaceID().getValue();
			if ("JHN".equalsIgnoreCase(type) || "HC".equalsIgnoreCase(type) || "ON".equalsIgnoreCase(authority)
					|| "OHIP".equalsIgnoreCase(authority)) {
				return blankToNull(cx.getIDNumber().getValue());
			}
		}
		return null;
	}

	static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private record Context(MshHeader header, String zdsStudyUid) {
	}
}
